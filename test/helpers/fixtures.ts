import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeSource, readDocument, type PolicyDocument } from '../../src/model/index.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixturePath(name: string): string {
  return `${FIXTURES}${name}`;
}

export function readFixture(name: string): PolicyDocument {
  return readDocument(name, decodeSource(readFileSync(fixturePath(name))));
}

export function listFixtures(folder: string): string[] {
  return readdirSync(fixturePath(folder))
    .filter((f) => /\.(?:md|txt)$/.test(f) && f !== 'SOURCES.md')
    .sort()
    .map((f) => `${folder}/${f}`);
}
