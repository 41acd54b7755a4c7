import { randomBytes } from 'node:crypto';
import type { StandInReply } from './envelope.ts';
import type { RouteContext } from './router.ts';

export type LabelFileFormat = 'pdf' | 'gif' | 'png';

const CONTENT_TYPES: Record<LabelFileFormat, string> = {
  pdf: 'application/pdf',
  gif: 'image/gif',
  png: 'image/png',
};

export interface LabelFiles {
  /** Keeps the file and returns its public URL on the real host name. */
  save(format: LabelFileFormat, bytes: Buffer): string;
  read(fileName: string): { contentType: string; bytes: Buffer } | undefined;
}

/**
 * Label URLs need no token, as upstream, so the only protection of the buyer address printed
 * on them is that the name is unguessable: 192 random bits, not a sequence or the order id.
 */
export function createLabelFiles(publicOrigin: string): LabelFiles {
  const files = new Map<string, { contentType: string; bytes: Buffer }>();

  return {
    save(format, bytes) {
      const fileName = `${randomBytes(24).toString('hex')}.${format}`;
      files.set(fileName, { contentType: CONTENT_TYPES[format], bytes });

      return `${publicOrigin}/files/labels/${fileName}`;
    },
    read: (fileName) => files.get(fileName),
  };
}

/** `GET /files/labels/{name}`: public, like the file links Shipentegra hands out. */
export function handleLabelFileRequest(context: RouteContext): StandInReply {
  const file = context.world.labelFiles.read(context.params.fileName ?? '');

  if (!file) {
    return { status: 404, json: { message: 'Not Found' } };
  }

  return { status: 200, file, headers: { 'cache-control': 'private, no-store' } };
}
