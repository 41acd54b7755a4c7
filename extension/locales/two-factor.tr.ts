import type { twoFactorEn } from './two-factor.en.ts';

// The options page's two-factor authentication section, in Turkish: the same keys as English.
export const twoFactorTr: typeof twoFactorEn = {
  heading: 'İki adımlı doğrulama',
  isOn: 'Hesabınızda iki adımlı doğrulama açık.',
  isOff: 'Hesabınızda iki adımlı doğrulama kapalı.',
  requiredByCompany:
    'Şirketiniz iki adımlı doğrulamayı zorunlu tutuyor. Çalışmaya devam etmek için kurun.',
  setUp: 'İki adımlı doğrulamayı kur',
  settingUp: 'Hazırlanıyor...',
  addKey: 'Bu anahtarı doğrulama uygulamanıza ekleyin (Google Authenticator, Authy, 1Password...):',
  keyLabel: 'Anahtar',
  uriLabel: 'Uygulamanız bağlantı kabul ediyorsa bu otpauth adresini de kullanabilirsiniz:',
  code: 'Uygulamadaki 6 haneli kod',
  codeHint: 'Kod her 30 saniyede değişir; şu an görünen kodu girin.',
  codeFormat: 'Doğrulama uygulamanızın şu an gösterdiği 6 haneyi girin.',
  enable: 'Aç',
  enabling: 'Açılıyor...',
  enabled:
    'İki adımlı doğrulama artık açık. Bu hesapla oturum açmış diğer tarayıcılar yeniden giriş yapmalı.',
  disableHeading: 'İki adımlı doğrulamayı kapat',
  password: 'Şifre',
  disable: 'Kapat',
  disabling: 'Kapatılıyor...',
  disabled: 'İki adımlı doğrulama artık kapalı.',
  requireForCompany: 'Bu şirketteki herkes için iki adımlı doğrulamayı zorunlu tut',
  savingRequirement: 'Kaydediliyor...',
};
