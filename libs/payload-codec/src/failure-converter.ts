import { DefaultFailureConverter } from '@temporalio/common';

// Loaded by path (the workflow sandbox cannot take an instance): failure messages and stack traces
// travel in an encoded payload, so the codec encrypts them too (they may quote item data).
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
