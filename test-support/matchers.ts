// vitest's asymmetric matchers are typed `any`; these give them the type of what they stand
// for, so they sit in typed objects without defeating the type-checked lint rules.
import { expect } from 'vitest';

export const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;
export const containing = <T extends object>(partial: T): T => expect.objectContaining(partial as Record<string, unknown>) as T;
export const including = <T>(items: T[]): T[] => expect.arrayContaining<unknown>(items) as T[];
