import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

/** A PEM key pair and certificate, ready for `tls.createServer` or `https.Agent({ ca })`. */
export interface TlsIdentity {
  key: string;
  cert: string;
}

export interface CertificateAuthority extends TlsIdentity {
  /** Issues a server certificate for these DNS names (and 127.0.0.1 / ::1). */
  issueServerCertificate(hostNames: readonly string[]): TlsIdentity;
}

const CA_KEY_FILE = 'sandbox-ca.key.pem';
const CA_CERT_FILE = 'sandbox-ca.cert.pem';
const TEN_YEARS_MS = 10 * 365 * 24 * 60 * 60 * 1000;

/**
 * Loads the sandbox CA from the data directory, generating it on first start. The stand-ins
 * present certificates from it under Amazon's and Shipentegra's real host names, so the
 * production client code (and its TLS verification) runs unchanged against them.
 */
export function loadOrCreateCertificateAuthority(dataDir: string): CertificateAuthority {
  const keyPath = join(dataDir, CA_KEY_FILE);
  const certPath = join(dataDir, CA_CERT_FILE);

  if (!existsSync(keyPath) || !existsSync(certPath)) {
    const fresh = generateCertificateAuthority();
    mkdirSync(dataDir, { recursive: true });
    // The CA key can mint certificates for amazon.com in any process that trusts it: owner only.
    writeFileSync(keyPath, fresh.key, { mode: 0o600 });
    writeFileSync(certPath, fresh.cert);
  }

  return createCertificateAuthority({
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
  });
}

/** The CA's certificate file, for `KAYISTRA_EXTRA_CA`. */
export function certificateAuthorityPath(dataDir: string): string {
  return join(dataDir, CA_CERT_FILE);
}

export function generateCertificateAuthority(): TlsIdentity {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  const subject = [{ name: 'commonName', value: 'Kayistra sandbox CA' }];

  cert.publicKey = keys.publicKey;
  cert.serialNumber = randomSerialNumber();
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + TEN_YEARS_MS);
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());

  return {
    key: forge.pki.privateKeyToPem(keys.privateKey),
    cert: forge.pki.certificateToPem(cert),
  };
}

export function createCertificateAuthority(ca: TlsIdentity): CertificateAuthority {
  const caKey = forge.pki.privateKeyFromPem(ca.key);
  const caCert = forge.pki.certificateFromPem(ca.cert);

  return {
    ...ca,
    issueServerCertificate(hostNames) {
      const keys = forge.pki.rsa.generateKeyPair(2048);
      const cert = forge.pki.createCertificate();

      cert.publicKey = keys.publicKey;
      cert.serialNumber = randomSerialNumber();
      cert.validity.notBefore = new Date(Date.now() - 60_000);
      cert.validity.notAfter = new Date(Date.now() + TEN_YEARS_MS);
      cert.setSubject([{ name: 'commonName', value: hostNames[0] ?? 'localhost' }]);
      cert.setIssuer(caCert.subject.attributes);
      cert.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            ...hostNames.map((value) => ({ type: 2, value })),
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ]);
      cert.sign(caKey, forge.md.sha256.create());

      return {
        key: forge.pki.privateKeyToPem(keys.privateKey),
        cert: forge.pki.certificateToPem(cert),
      };
    },
  };
}

function randomSerialNumber(): string {
  // Positive 128-bit serial: a leading 0 nibble keeps the DER integer from reading as negative.
  return `0${forge.util.bytesToHex(forge.random.getBytesSync(16)).slice(1)}`;
}
