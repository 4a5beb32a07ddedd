import { ApiError, session } from '../../api';

/**
 * Downloads a file the API serves behind the sign-in (a bulletin's xlsx or PDF): fetched with the
 * token, then handed to the browser as a file under the API's name for it.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = session.token;
  const response = await fetch(`/api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
