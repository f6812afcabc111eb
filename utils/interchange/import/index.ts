export { parseImport, type ImportFormat, type ImportResult } from './parse-import';
export type { ImportError } from './errors';
export {
  planMerge,
  type ExistingRecords,
  type MergePlan,
  type StoredEntity,
  type StoredVersion,
} from './plan-merge';
export * as importLimits from '../../model/limits';
