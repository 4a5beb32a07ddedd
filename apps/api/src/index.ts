export * from './app.factory';
export { hashPassword } from './auth/password-hasher';
export * from './seed/demo-directory';
export * from './seed/demo-items';
export { AttachmentsService } from './attachments/attachments.service';
export { fileStoreFor } from './attachments/file-store.provider';
export { accessTable } from './auth/access-table';
export type { DeclaredRoute, RouteAccess } from './auth/route-access';
export { CALLERS, type Caller } from './auth/access-doc';
