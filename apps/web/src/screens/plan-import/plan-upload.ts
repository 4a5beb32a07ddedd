// A plan goes up as multipart over XMLHttpRequest, not fetch: only XHR tells the upload's progress.
import { api, ApiError, session, type Me } from '../../api';

export type PlanRoute = '/items/import' | '/items/import/marked-up';

/** The API's answer: its status and JSON body, or (the marked-up sheet) the file. */
export interface PlanAnswer {
  status: number;
  json: unknown;
  file: Blob | null;
}

function post(route: PlanRoute, file: File, fields: Record<string, string>, onProgress?: (percent: number) => void) {
  return new Promise<PlanAnswer>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file, file.name);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${route}`);
    const token = session.token;
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.responseType = 'blob';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'the API cannot be reached'));
    xhr.onload = async () => {
      const blob = xhr.response as Blob;
      const isJson = (xhr.getResponseHeader('content-type') ?? '').includes('json');
      let json: unknown = null;
      if (isJson) {
        try {
          json = JSON.parse(await blob.text());
        } catch {
          // a proxy's page: the status says enough
        }
      }
      resolve({ status: xhr.status, json, file: isJson ? null : blob });
    };
    xhr.send(form);
  });
}

/**
 * Sends the plan to an import route. An expired access token is renewed once (through the client's
 * own refresh) and the plan sent again; 401 after that signs out as every other request does.
 */
export async function sendPlan(
  route: PlanRoute,
  file: File,
  fields: Record<string, string>,
  onProgress?: (percent: number) => void,
): Promise<PlanAnswer> {
  const answer = await post(route, file, fields, onProgress);
  if (answer.status !== 401) return answer;
  await api<Me>('GET', '/me'); // refreshes the token, or signs out and throws
  return post(route, file, fields, onProgress);
}

/** The error a refused upload is, for the statuses the page does not show itself (400, 403, 413, 415, 5xx). */
export function uploadError({ status, json }: PlanAnswer): ApiError {
  const message = (json as { message?: string | string[] } | null)?.message;
  return new ApiError(status, Array.isArray(message) ? message.join('; ') : (message ?? String(status)));
}
