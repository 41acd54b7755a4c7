// The badges beside each order on Manage Orders, in English. The name carries the product's
// name, so a screen reader tells our badge apart from Amazon's own order status.
export const orderListEn = {
  badges: {
    no_label: { text: 'No label', name: 'Kayistra: no label' },
    label_bought: { text: 'Label bought', name: 'Kayistra: label bought' },
    on_amazon: { text: 'On Amazon', name: 'Kayistra: tracking on Amazon' },
    delivered: { text: 'Delivered', name: 'Kayistra: delivered' },
    problem: { text: 'Problem', name: 'Kayistra: label problem, open the order' },
  },
};
