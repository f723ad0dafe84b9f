// The registry: every pack this package ships, one line each. Adding a jurisdiction is adding its folder under
// src/rules/ and a line here (see docs/packs.md). This is the only module outside a pack that may import one.
import { createRegistry } from '../engine/registry.js';
import core from './core/pack.js';
import england from './england/pack.js';
import scotland from './scotland/pack.js';

export const REGISTRY = createRegistry([core, scotland, england]);

/** Every rule of every pack, sorted by qualified id. */
export const RULES = REGISTRY.rules;
export const PACKS = REGISTRY.packs;
