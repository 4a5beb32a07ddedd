export * from './aes-gcm-payload.codec';
export * from './payload-data-converter';
