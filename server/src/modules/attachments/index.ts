export { attachmentsRoutes } from './attachments.routes.ts';
export {
  copyTemplateAttachments,
  createAttachmentsService,
  keepOnProperty,
  keepOnTemplate,
  propertyPhotos,
  templateAttachments,
  UNSENT_UPLOAD_TTL_MS,
  type AttachmentsService,
  type OpenedFile,
} from './attachments.service.ts';
export { attachmentUrl, presentAttachment } from './attachments.presenter.ts';
export { unclaimed } from './attachments.policy.ts';
export { attachmentsJobs } from './attachments.jobs.ts';
export {
  createDiskStore,
  createObjectStore,
  createS3Store,
  type ObjectStore,
} from './attachments.storage.ts';
