import type { PlanDocument } from '../model/types.js';
import { asList } from './context.js';
import type { MetadataRow } from './types.js';
import { planDocuments } from '../util/arguments.js';

/** The header of each document (名称, 索引号, 发文字号, dates …), with the file it comes from. */
export function queryMetadata(docs: PlanDocument | readonly PlanDocument[]): MetadataRow[] {
  planDocuments('queryMetadata', 'docs', docs);
  const list = asList(docs);
  return list.map((doc) => ({ ...doc.metadata, source: doc.source.name }));
}
