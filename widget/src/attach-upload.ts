/** One file to `POST /widget/v1/attachments` with upload progress (fetch reports none, so XHR). */
import type { WidgetAttachment } from '@frontdesk/core/wire';

export interface UploadFailure {
  /** 0 when the network failed: worth a retry; 4xx are final (the server says why). */
  status: number;
  message: string;
}

export function uploadFile(
  serverUrl: string,
  token: string,
  file: File,
  onProgress: (fraction: number) => void,
): { done: Promise<WidgetAttachment>; abort(): void } {
  const request = new XMLHttpRequest();
  const done = new Promise<WidgetAttachment>((resolve, reject) => {
    request.open(
      'POST',
      `${serverUrl}/widget/v1/attachments?name=${encodeURIComponent(file.name || 'file')}`,
    );
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { data?: WidgetAttachment; message?: string } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {}
      if (request.status === 201 && body.data) resolve(body.data);
      else reject({ status: request.status, message: body.message ?? request.statusText } as UploadFailure);
    };
    request.onerror = () => reject({ status: 0, message: '' } as UploadFailure);
    request.onabort = request.onerror;
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
