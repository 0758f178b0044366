// The document model's public surface: read a file into a PolicyDocument.
export { detectFormat, readDocument, type ReadOptions } from './document.js';
export { InputError, decodeSource } from './source.js';
export { findDates, findEmails, findUrls, type FindDatesOptions } from './entities.js';
export { blocksIn, durationsInBlock, findSections, gdprName, isNegated, isProseBlock, listLeadIn, missingAt, proseBlocks, proseSentences, questionBefore, sentencesMatching } from './query.js';
export type * from './types.js';
