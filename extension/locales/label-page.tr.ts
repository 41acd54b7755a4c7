import type { labelPageEn } from './label-page.en.ts';

// The extension's own label page (view, download, print), in Turkish: the same keys as English.
export const labelPageTr: typeof labelPageEn = {
  title: 'Kargo etiketi',
  heading: 'Kargo etiketi',
  loading: 'Etiket yükleniyor...',
  privacy: 'Etikette alıcının adresi var. Buradan yazdırın veya indirin, sonra bu sekmeyi kapatın.',
  noShipment: 'Bir etiket seçilmedi. Etiketi Seller Central’daki sipariş sayfasından yeniden açın.',
  signedOut: 'Giriş yapmadınız. Ayarlar sayfasından giriş yapın, sonra bu sayfayı yenileyin.',
  notFound:
    'Bu etiket şu anda açılamıyor: henüz kaydedilmemiş olabilir ya da başka bir Kayistra ' +
    'hesabına ait. Biraz sonra yeniden deneyin veya sipariş sayfasından yeniden açın.',
  tryAgain: 'Yeniden dene',
  imageLabel: 'Kargo etiketi',
  pdfLabel: 'Kargo etiketi (PDF)',
  download: 'Etiketi indir',
  print: 'Etiketi yazdır',
};
