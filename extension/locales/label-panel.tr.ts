import type { labelPanelEn } from './label-panel.en.ts';

// The order page's label panel, in Turkish: the same keys as English.
export const labelPanelTr: typeof labelPanelEn = {
  order: 'Sipariş',
  settingsHint: 'Bu, Kayistra ayarlarından düzeltilir.',
  states: {
    signedOut: "Kayistra'ya giriş yapmadınız, bu yüzden burada etiket alınamıyor.",
    notSynced:
      "Bu sipariş henüz Kayistra'da yok. Siparişler birkaç dakikada bir eşitlenir: sayfayı " +
      'birazdan yenileyin.',
    fba: 'Bu siparişi Amazon gönderiyor (FBA): alınacak etiket yok.',
    cancelled: 'Bu sipariş iptal edildi: gönderilecek bir şey yok.',
    shippedElsewhere: 'Bu sipariş Kayistra etiketi olmadan zaten gönderilmiş.',
    notUnshipped: (status) =>
      `Etiket yalnızca gönderilmemiş siparişler için alınır; bu sipariş ${status}. ` +
      'Daha sonra yeniden bakın.',
  },
  summary: {
    heading: 'Sipariş özeti',
    status: 'Durum',
    shipBy: 'Son gönderim tarihi',
    items: 'Ürünler',
    sku: 'Stok kodu',
    title: 'Ürün adı',
    quantity: 'Adet',
    noSku: 'stok kodu yok',
    statuses: {
      PENDING_AVAILABILITY: 'stok bekleniyor',
      PENDING: 'beklemede',
      UNSHIPPED: 'gönderilmedi',
      PARTIALLY_SHIPPED: 'kısmen gönderildi',
      SHIPPED: 'gönderildi',
      CANCELLED: 'iptal edildi',
      UNFULFILLABLE: 'karşılanamıyor',
    },
  },
  package: {
    heading: 'Paket',
    weight: 'Ağırlık (g)',
    length: 'Uzunluk (cm)',
    width: 'Genişlik (cm)',
    height: 'Yükseklik (cm)',
    fromProfiles: 'SKU profillerinden hesaplandı. Değiştirirseniz fiyatlar yeniden alınır.',
    edited: 'Sizin değiştirdiğiniz paket: aşağıdaki fiyatlar bu paket için.',
    waiting: 'Yazmayı bitirdiğinizde bu paket için fiyat alınır.',
    fixFields:
      'İşaretli alanları düzeltin: aşağıdaki fiyatlar hâlâ son geçerli paket için ve o zamana ' +
      'kadar etiket alınmaz.',
    weightRange: (max) => `Ağırlığı gram olarak, 1 ile ${max} arasında bir tam sayı girin.`,
    sizeRange: (max) => `Santimetre olarak 1 ile ${max} arasında bir tam sayı girin.`,
  },
  customs: {
    heading: 'Gümrük',
    hsCode: 'GTİP kodu',
    declaredValue: 'Beyan edilen değer',
    description: 'Açıklama',
    notSet: 'girilmemiş',
    complete: 'Gümrük için hazır.',
    missing: (fields) => `Eksik: ${fields}.`,
    noProfile: 'Bu SKU için henüz profil yok.',
    whereToEdit: 'Burada veya Kayistra ayarlarında, SKU profilleri bölümünde doldurun.',
    currency: 'Para birimi',
    edit: (sku) => `${sku} gümrük bilgilerini düzenle`,
    save: 'Gümrük bilgilerini kaydet',
    saving: 'Kaydediliyor...',
    cancel: 'Vazgeç',
    fields: {
      weightGrams: 'ağırlık',
      lengthCm: 'uzunluk',
      widthCm: 'genişlik',
      heightCm: 'yükseklik',
      hsCode: 'GTİP kodu',
      declaredValue: 'beyan edilen değer',
      declaredCurrency: 'para birimi',
      customsDescription: 'açıklama',
    },
  },
  quotes: {
    askAgain: 'Fiyatları yeniden iste',
    heading: 'Gönderim hizmeti',
    loading: "Shipentegra'dan fiyatlar alınıyor...",
    requoting: 'Yeni paket için fiyatlar yeniden alınıyor...',
    none: 'Shipentegra bu paket ve varış yeri için hizmet sunmuyor.',
    cheapest: 'En ucuz',
    fastest: 'En hızlı',
    serviceTypes: { ECO: 'ekonomik', EXPRESS: 'ekspres' },
    transitDays: (min, max) => (min === max ? `${min} iş günü` : `${min}-${max} iş günü`),
  },
  notReady: {
    heading: 'Etiket alınabilmesi için önce bunları düzeltin:',
    sender: 'Gönderici adresinizi Kayistra ayarlarında, Gönderim bölümünde ekleyin.',
    iossNumber:
      'IOSS numaranızı Kayistra ayarlarında, Gönderim bölümünde ekleyin (AB için gerekli).',
    shipentegra: 'Shipentegra API bilgilerinizi Kayistra ayarlarında ekleyin.',
    skuCustoms: (sku, field) =>
      `${sku}: ${field} bilgisini yukarıdaki Gümrük bölümünde veya Kayistra ayarlarında, ` +
      'SKU profilleri altında ekleyin.',
    skuSize: (sku, field) =>
      `${sku}: ${field} bilgisini SKU profiline ekleyin veya paketi yukarıda girin.`,
    packageTooLarge: 'Paket taşıyıcıların kabul ettiğinden büyük: gerçek kutu ölçülerini girin.',
    orderStatus:
      'Amazon bu siparişi artık gönderilmemiş olarak göstermiyor: durumunu görmek için sayfayı ' +
      'yenileyin.',
    noItems: 'Bu siparişte gönderilecek ürün kalmadı.',
    itemSku:
      'Bu siparişin bir satırında stok kodu yok, bu yüzden Kayistra onu gümrüğe bildiremez: bu ' +
      'etiketi Shipentegra panelinden oluşturun.',
    recipientFields: {
      name: "Amazon'dan gelen alıcı adı boş ya da etiket için çok uzun (2-50 karakter).",
      city: 'Amazon adresindeki şehir boş ya da etiket için çok uzun (2-35 karakter).',
      countryCode: "Amazon'un bu sipariş için verdiği adreste ülke yok.",
      stateOrRegion:
        'Amazon adresinde eyalet veya il yok; ABD ve Kanada etiketleri için bu gerekli.',
      address: "Amazon'dan gelen sokak adresi, etiketin 35 karakterlik satırlarına sığmıyor.",
      other: "Amazon'un verdiği teslimat adresi olduğu gibi etikete yazılamıyor.",
    },
    recipientHelp:
      "Kayistra, Amazon'un verdiği adresi değiştiremez. Bu etiketi, adresi düzeltebileceğiniz " +
      'Shipentegra panelinden oluşturun.',
  },
  problems: {
    trackingNotShown:
      'Amazon takip numarasını kabul etti ama hâlâ göstermiyor ve Kayistra kontrol etmeyi bıraktı. ' +
      "Seller Central'da siparişin takip numarasına bakın; boşsa gönderiyi orada yukarıdaki takip " +
      'numarasıyla onaylayın.',
    amazonRetrying:
      'Etiket alındı ve saklanıyor. Amazon şu an yanıt vermiyor; Kayistra takip numarasını ' +
      'kendiliğinden gönderecek. Yeni etiket almayın.',
    shipentegraRetrying:
      'Shipentegra şu an yanıt vermiyor; Kayistra kendiliğinden yeniden deniyor. Yapmanız ' +
      'gereken bir şey yok.',
    refused:
      'Shipentegra bu etiketi bu haliyle kabul etmiyor, hiçbir şey satın alınmadı. Aşağıda ' +
      'belirtileni düzeltin veya başka bir hizmet seçin, sonra yeni etiket oluşturun.',
    notReady:
      'Etiket bu bilgilerle alınamadı; ücret alınmadı. Aşağıda belirtileni düzeltin, sonra yeni ' +
      "etiket oluşturun. Amazon'dan gelen bir adres burada değiştirilemez: o etiketi Shipentegra " +
      'panelinden oluşturun.',
  },
  purchase: {
    create: 'Etiket oluştur',
    creating: 'Etiket oluşturuluyor...',
    retry: 'Yeni etiket oluştur',
    unknownCheck: "Shipentegra'yı kontrol ettim: bu sipariş için etiket alınmadı",
    unknownHint:
      "Son deneme bir etiket satın almış olabilir. Yeniden almadan önce Shipentegra'yı kontrol edin.",
    progress: 'Etiket ilerlemesi',
    steps: {
      fetch_recipient: "Alıcı adresi Amazon'dan okunuyor",
      create_order: 'Shipentegra siparişi oluşturuluyor',
      buy_label: 'Etiket satın alınıyor',
      fetch_label_file: 'Etiket dosyası kaydediliyor',
      confirm_on_amazon: "Takip numarası Amazon'a gönderiliyor",
      verify_on_amazon: "Amazon'da göründüğü kontrol ediliyor",
    },
    stepStates: { done: 'tamamlandı', current: 'sürüyor', pending: 'bekliyor' },
  },
  shipment: {
    heading: 'Gönderi',
    service: 'Hizmet',
    cost: 'Ücret',
    tracking: 'Takip numarası',
    lastMile: 'Son teslimat takibi',
    trackingStatus: 'Takip durumu',
    trackingStatuses: {
      pending: 'henüz teslim alınmadı',
      in_transit: 'yolda',
      out_for_delivery: 'dağıtımda',
      delivered: 'teslim edildi',
      exception: 'teslimat sorunu',
      returned: 'iade edildi',
    },
    amazon: 'Amazon durumu',
    confirmed: "Amazon'da onaylandı",
    waiting: 'Amazon bekleniyor, kendiliğinden yeniden deneniyor',
    notConfirmed: "Henüz Amazon'da değil: aşağıdaki soruna bakın",
    deliveredAt: 'Teslim tarihi',
    problem: 'Sorun',
    failed: 'Bu etiket denemesi başarısız oldu.',
    otherActive: 'Bu sipariş için başka bir yerden zaten etiket alınıyordu; gösterilen o etiket.',
    download: 'Etiketi indir',
    print: 'Etiketi yazdır',
    noFile: 'Etiket dosyası henüz kaydedilmedi.',
  },
};
