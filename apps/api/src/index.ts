export * from './app.factory';
export { hashPassword } from './auth/password-hasher';
export * from './seed/demo-directory';
export * from './seed/demo-items';
export { AttachmentsService } from './attachments/attachments.service';
export { fileStoreFor } from './attachments/file-store.provider';
export * from './plan-import/plan-import.service';
export { standalonePlanImport, officeUser } from './plan-import/plan-import.standalone';
