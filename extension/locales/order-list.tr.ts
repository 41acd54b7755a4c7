import type { orderListEn } from './order-list.en.ts';

// The badges beside each order on Manage Orders, in Turkish: the same keys as English.
export const orderListTr: typeof orderListEn = {
  badges: {
    no_label: { text: 'Etiket yok', name: 'Kayistra: etiket yok' },
    label_bought: { text: 'Etiket alındı', name: 'Kayistra: etiket alındı' },
    on_amazon: { text: "Amazon'da", name: "Kayistra: takip numarası Amazon'da" },
    delivered: { text: 'Teslim edildi', name: 'Kayistra: teslim edildi' },
    problem: { text: 'Sorun var', name: 'Kayistra: etiket sorunu, siparişi açın' },
  },
};
