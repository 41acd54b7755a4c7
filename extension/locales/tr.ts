import type { ErrorTranslations, Messages } from './en.ts';
import { labelPageTr } from './label-page.tr.ts';
import { labelPanelTr } from './label-panel.tr.ts';
import { labelSummaryTr } from './label-summary.tr.ts';
import { orderListTr } from './order-list.tr.ts';
import { shippingOptionsTr } from './shipping-options.tr.ts';
import { twoFactorTr } from './two-factor.tr.ts';

// Shipment problems (a failed or retrying label) carry codes outside the error catalogue.
type ServerWording = ErrorTranslations & Record<string, string>;

// The server writes its messages in English, so Turkish shows its own wording for the codes a
// seller meets in the extension; any other code falls back to the server's English message.
const SERVER_WORDING: ServerWording = {
  UNAUTHENTICATED: 'Lütfen yeniden giriş yapın.',
  FORBIDDEN: 'Bunu yapma yetkiniz yok.',
  VALIDATION_FAILED: 'Bazı alanlar geçerli değil.',
  RATE_LIMITED: 'Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.',
  INVALID_CREDENTIALS: 'E-posta adresi veya şifre hatalı.',
  MFA_CODE_REQUIRED: 'Doğrulama uygulamanızdaki 6 haneli kodu girin.',
  INVALID_MFA_CODE: 'Kod hatalı veya süresi dolmuş. Uygulamanızdaki güncel kodu girin.',
  ACCOUNT_LOCKED:
    'Çok fazla başarısız giriş denemesi. Giriş bir süreliğine durduruldu; daha sonra deneyin.',
  AMAZON_NOT_CONNECTED: 'Önce Amazon hesabınızı bağlayın (Ayarlar > Amazon).',
  AMAZON_NEEDS_REAUTHORIZATION:
    'Amazon yetkimizi artık kabul etmiyor. Ayarlar sayfasından Amazon bağlantısını yenileyin.',
  AMAZON_UNAVAILABLE: 'Amazon düzgün yanıt vermedi. Birkaç dakika sonra yeniden deneyin.',
  AMAZON_THROTTLED:
    'Amazon bizden yavaşlamamızı istedi. Eşitleme birkaç dakika içinde kendiliğinden sürecek.',
  SHIPENTEGRA_NOT_CONNECTED: 'Önce Shipentegra API bilgilerinizi ekleyin (Ayarlar > Shipentegra).',
  SHIPENTEGRA_CREDENTIALS_REJECTED:
    'Shipentegra bu bilgileri kabul etmedi. Client id ve secret değerlerini kontrol edin.',
  SHIPENTEGRA_UNAVAILABLE: 'Shipentegra düzgün yanıt vermedi. Birkaç dakika sonra yeniden deneyin.',
  ROUTE_NOT_FOUND: 'Sunucu bu işlemi henüz desteklemiyor. Sunucuyu güncelleyin.',
  INTERNAL: 'Bizim tarafımızda bir sorun oluştu. Lütfen yeniden deneyin; hiçbir şey kaybolmadı.',
  SHUTTING_DOWN: 'Kayistra yeniden başlatılıyor. Birazdan yeniden deneyin.',
  SERVER_UNREACHABLE:
    'Kayistra sunucusuna ulaşılamıyor. Eklenti ayarlarındaki sunucu adresini kontrol edin.',
  BAD_SERVER_RESPONSE:
    'Sunucunun yanıtı anlaşılamadı. Sunucu adresini ve sürümlerin güncel olduğunu kontrol edin.',
  BAD_MESSAGE: 'Eklenti beklenmeyen bir yanıt aldı. Sayfayı yenileyip yeniden deneyin.',
  NO_BACKGROUND: 'Kayistra eklentisi yeniden başlatılıyor. Lütfen yeniden deneyin.',
  SIGNED_OUT: 'Kayistra ayarlar sayfasından giriş yapın.',
  BAD_REQUEST: 'İstek geçerli değil.',
  NOT_FOUND: 'Burada bir şey bulunamadı.',
  CONFLICT: 'Bu, aynı anda yapılan başka bir değişiklikle çakışıyor.',
  SERVER_ERROR: 'Sunucu bu eklentinin tanımadığı bir hata bildirdi. Eklentiyi güncelleyin.',
  MFA_REQUIRED_BY_TENANT:
    'Şirketiniz bunun için iki adımlı doğrulama istiyor. Ayarlar sayfasından açın.',
  CONFIRMATION_REQUIRED:
    'Bunu yapmak için şifrenizi (ve iki adımlı doğrulama açıksa kodu) onaylayın.',
  LABEL_NOT_READY: 'Aşağıda belirtilen bilgileri düzeltin, sonra etiketi yeniden alın.',
  LABEL_OUTCOME_UNKNOWN:
    'Etiket satın alma isteği yanıtsız kaldı ve Shipentegra bu sipariş için etiket olduğunu ' +
    'söylüyor. Shipentegra panelini kontrol edin; yalnızca ücret alınmadıysa yeniden alın.',
  SHIPENTEGRA_BALANCE_EMPTY:
    'Shipentegra bakiyeniz yetersiz: bakiye yükleyin, sonra etiketi yeniden alın.',
  SHIPENTEGRA_REQUEST_INVALID:
    'Shipentegra bu gönderiyi reddederdi: aşağıdaki ayrıntıları düzeltip yeniden deneyin.',
  SERVICE_NOT_OFFERED: 'Shipentegra bu hizmeti bu ülkeye sunmuyor: başka bir hizmet seçin.',
  RECIPIENT_UNAVAILABLE: 'Amazon bu sipariş için teslimat adresi vermedi; daha sonra deneyin.',
  AMAZON_REFUSED_RECIPIENT: 'Amazon teslimat adresini vermedi; hiçbir şey satın alınmadı.',
  AMAZON_REFUSED_CONFIRMATION:
    'Etiket alındı ama Amazon takip numarasını reddetti. Kendiliğinden yeniden deniyoruz.',
  AMAZON_TRACKING_NOT_SHOWN:
    'Amazon takip numarasını kabul etti ama henüz göstermiyor. Kendiliğinden yeniden bakıyoruz.',
};

export const tr: Messages = {
  languageTag: 'tr',
  common: {
    appName: 'Kayistra',
    openSettings: 'Ayarları aç',
    loading: 'Yükleniyor...',
    retryAfter: (minutes) =>
      minutes <= 1
        ? 'Bir dakika sonra yeniden deneyin.'
        : `Yaklaşık ${minutes} dakika sonra yeniden deneyin.`,
  },
  health: {
    checking: 'Sunucu kontrol ediliyor...',
    connected: (serverUrl, mode, version) =>
      `${serverUrl} adresine bağlı (${mode} modu, sürüm ${version}).`,
    checkAgain: 'Yeniden kontrol et',
  },
  serverUrl: {
    heading: 'Sunucu',
    label: 'Sunucu adresi',
    save: 'Sunucu adresini kaydet',
    saved: 'Kaydedildi.',
    invalid:
      'Kayistra sunucunuzun adresini girin, örneğin https://kayistra.example.com ' +
      '(http yalnızca bu bilgisayar için, örneğin http://127.0.0.1:8787).',
  },
  options: {
    title: 'Kayistra ayarları',
  },
  signIn: {
    heading: 'Hesap',
    email: 'E-posta',
    password: 'Şifre',
    code: 'Doğrulama kodu',
    codeHint: 'Doğrulama uygulamanızdaki 6 haneli kod.',
    submit: 'Giriş yap',
    submitting: 'Giriş yapılıyor...',
  },
  account: {
    signedInAs: (email) => `${email} olarak giriş yapıldı`,
    company: (companyName) => `Şirket: ${companyName}`,
    role: { owner: 'Rol: hesap sahibi', member: 'Rol: üye' },
    mfaOn: 'İki adımlı doğrulama açık.',
    mfaOff: 'İki adımlı doğrulama kapalı.',
    signOut: 'Çıkış yap',
  },
  amazon: {
    heading: 'Amazon',
    intro: 'Satış yaptığınız her Seller Central bölgesini bağlayın.',
    regions: { na: 'Kuzey Amerika', eu: 'Avrupa', fe: 'Uzak Doğu' },
    notConnected: 'Bağlı değil',
    connected: (sellerId) => `Bağlı (satıcı ${sellerId})`,
    needsReauthorization: 'Amazon yetkimizi artık kabul etmiyor: yeniden bağlayın.',
    connect: (region) => `Amazon ${region} bölgesini bağla`,
    reconnect: (region) => `Amazon ${region} bölgesini yeniden bağla`,
    disconnect: (region) => `Amazon ${region} bölgesinin bağlantısını kes`,
    consentOpened: 'Amazon yeni bir sekmede açıldı. Orada onaylayın, sonra o sekmeyi kapatın.',
  },
  shipentegra: {
    heading: 'Shipentegra',
    connected: (clientId) => `${clientId} client id ile bağlı`,
    notConnected: 'Bağlı değil: Shipentegra API bilgilerinizi ekleyin.',
    clientId: 'Client id',
    clientSecret: 'Client secret',
    save: 'Doğrula ve kaydet',
    saving: 'Shipentegra ile doğrulanıyor...',
    saved: 'Shipentegra bilgileri kabul etti.',
  },
  features: {
    heading: 'Özellikler',
    intro: "Seller Central'da görmek istemediklerinizi kapatın.",
    names: {
      'order-label-panel': 'Sipariş sayfalarında etiket paneli',
      'order-list-badges': 'Siparişleri Yönet sayfasında etiket rozetleri',
    },
  },
  debug: {
    heading: 'Sorun giderme',
    toggle: 'Hata ayıklama kaydı (ayrıntılar tarayıcı konsolunda)',
  },
  popup: {
    signedOut: 'Giriş yapmadınız. Ayarlar sayfasından giriş yapın.',
    signIn: 'Giriş yap',
    account: (email, companyName) => `${email} (${companyName})`,
    connectionsHeading: 'Bağlantılar',
    amazonRegion: (region) => `Amazon ${region}`,
    amazonNone: 'Amazon: bağlı değil',
    connected: 'bağlı',
    needsReauthorization: 'yeniden yetkilendirme gerekiyor',
    shipentegraConnected: 'Shipentegra: bağlı',
    shipentegraNotConnected: 'Shipentegra: bağlı değil',
  },
  sync: {
    heading: 'Eşitleme',
    kinds: { orders: 'Siparişler', inventory: 'Stok' },
    row: (kind, region) => `${kind} (${region})`,
    never: 'Henüz eşitlenmedi',
    lastSuccess: (when) => `Son eşitleme ${when}`,
    running: 'Eşitleniyor...',
    queued: 'Başlaması bekleniyor...',
    progress: (row) => `${row} ilerlemesi`,
    lastError: (message) => `Son hata: ${message}`,
    needsReauthorization: 'Eşitlemeyi sürdürmek için ayarlardan Amazon bağlantısını yenileyin.',
    amazonNotConnected: 'Eşitlemeye başlamak için ayarlardan Amazon hesabınızı bağlayın.',
    syncNow: 'Şimdi eşitle',
    starting: 'Başlatılıyor...',
  },
  dock: {
    collapse: 'Kayistra panelini daralt',
    expand: 'Kayistra panelini genişlet',
  },
  labelPanel: labelPanelTr,
  labelPage: labelPageTr,
  shippingOptions: shippingOptionsTr,
  orderList: orderListTr,
  labelSummary: labelSummaryTr,
  twoFactor: twoFactorTr,
  errors: SERVER_WORDING,
};
