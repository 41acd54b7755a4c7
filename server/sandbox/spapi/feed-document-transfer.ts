import { readBody, sendBody } from './http-exchange.ts';
import { FEED_DOCUMENT_PATH } from './operations/feed-documents.ts';
import { type Exchange, recordExchange, type StandInRuntime } from './stand-in-runtime.ts';

/**
 * The stand-in's S3: feed documents are uploaded with PUT and downloaded with GET at the URL
 * createFeedDocument and getFeedDocument return. Errors come as S3's XML, which clients parse.
 */
export async function handleDocumentTransfer(
  runtime: StandInRuntime,
  exchange: Exchange,
): Promise<void> {
  const { request, response, url } = exchange;
  const feedDocumentId = decodeURIComponent(url.pathname.slice(FEED_DOCUMENT_PATH.length));
  const document = runtime.feeds.getDocument(feedDocumentId);

  if (!document) {
    sendS3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
  } else if (request.method === 'PUT') {
    // A pre-signed URL is signed for the declared content type: another one fails the signature.
    if (normalise(request.headers['content-type']) !== normalise(document.contentType)) {
      sendS3Error(
        response,
        403,
        'SignatureDoesNotMatch',
        'The Content-Type does not match the one the URL was created for.',
      );
    } else {
      document.content = await readBody(request);
      sendBody(response, 200, '', {});
    }
  } else if (request.method === 'GET' && document.content) {
    sendBody(response, 200, document.content, { 'content-type': document.contentType });
  } else {
    sendS3Error(response, 404, 'NoSuchKey', 'The specified key does not exist.');
  }

  recordExchange(
    runtime,
    exchange,
    'stand-in:feed-document',
    response.statusCode,
    document?.sellerId,
  );
}

function sendS3Error(
  response: Exchange['response'],
  status: number,
  code: string,
  message: string,
): void {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  sendBody(response, status, xml, { 'content-type': 'application/xml' });
}

function normalise(contentType: string | undefined): string {
  return (contentType ?? '').toLowerCase().replace(/\s+/g, '');
}
