// The order page's label panel, in English.
export const labelPanelEn = {
  order: 'Order',
  settingsHint: 'This is fixed in Kayistra settings.',
  states: {
    signedOut: 'You are not signed in to Kayistra, so labels cannot be bought here.',
    notSynced:
      'This order is not in Kayistra yet. Orders sync every few minutes: reload this page shortly.',
    fba: 'Amazon ships this order (FBA): there is no label to buy.',
    cancelled: 'This order was cancelled: there is nothing to ship.',
    shippedElsewhere: 'This order is already shipped, without a Kayistra label.',
    notUnshipped: (status: string) =>
      `Labels are bought for unshipped orders; this one is ${status}. Check again later.`,
  },
  summary: {
    heading: 'Order summary',
    status: 'Status',
    shipBy: 'Ship by',
    items: 'Items',
    sku: 'SKU',
    title: 'Title',
    quantity: 'Quantity',
    noSku: 'no SKU',
    statuses: {
      PENDING_AVAILABILITY: 'pending availability',
      PENDING: 'pending',
      UNSHIPPED: 'unshipped',
      PARTIALLY_SHIPPED: 'partially shipped',
      SHIPPED: 'shipped',
      CANCELLED: 'cancelled',
      UNFULFILLABLE: 'unfulfillable',
    } as Record<string, string>,
  },
  package: {
    heading: 'Package',
    weight: 'Weight (g)',
    length: 'Length (cm)',
    width: 'Width (cm)',
    height: 'Height (cm)',
    fromProfiles: 'Computed from the SKU profiles. Change it and the quotes follow.',
    edited: 'Changed by you: the quotes below are for this package.',
    waiting: 'This package is quoted as soon as you stop typing.',
    fixFields:
      'Correct the marked fields: the quotes below are still for the last valid package, ' +
      'and no label is bought until then.',
    weightRange: (max: string) => `Enter the weight in grams, a whole number from 1 to ${max}.`,
    sizeRange: (max: string) => `Enter whole centimetres, from 1 to ${max}.`,
  },
  customs: {
    heading: 'Customs',
    hsCode: 'HS code',
    declaredValue: 'Declared value',
    description: 'Description',
    notSet: 'not set',
    complete: 'Ready for customs.',
    missing: (fields: string) => `Missing: ${fields}.`,
    noProfile: 'This SKU has no profile yet.',
    whereToEdit: 'Fill them in here, or in Kayistra settings under SKU profiles.',
    currency: 'Currency',
    edit: (sku: string) => `Edit customs of ${sku}`,
    save: 'Save customs',
    saving: 'Saving...',
    cancel: 'Cancel',
    fields: {
      weightGrams: 'weight',
      lengthCm: 'length',
      widthCm: 'width',
      heightCm: 'height',
      hsCode: 'HS code',
      declaredValue: 'declared value',
      declaredCurrency: 'currency',
      customsDescription: 'description',
    } as Record<string, string>,
  },
  quotes: {
    askAgain: 'Ask for prices again',
    heading: 'Service',
    loading: 'Asking Shipentegra for prices...',
    requoting: 'Quoting again for the new package...',
    none: 'Shipentegra offers no service for this parcel and destination.',
    cheapest: 'Cheapest',
    fastest: 'Fastest',
    serviceTypes: { ECO: 'economy', EXPRESS: 'express' } as Record<string, string>,
    transitDays: (min: string | number, max: string | number) =>
      min === max ? `${min} business days` : `${min}-${max} business days`,
  },
  notReady: {
    heading: 'Fix these first, then the label can be bought:',
    sender: 'Add your sender address in Kayistra settings, under Shipping.',
    iossNumber: 'Add your IOSS number in Kayistra settings, under Shipping (needed for the EU).',
    shipentegra: 'Add your Shipentegra API credentials in Kayistra settings.',
    skuCustoms: (sku: string, field: string) =>
      `${sku}: add the ${field} under Customs above, or in Kayistra settings under SKU profiles.`,
    skuSize: (sku: string, field: string) =>
      `${sku}: add the ${field} to its SKU profile, or enter the package above.`,
    packageTooLarge: 'The package is larger than carriers take: enter the real box size.',
    orderStatus:
      'Amazon no longer lists this order as unshipped: reload the page to see its state.',
    noItems: 'This order has no items left to ship.',
    itemSku:
      'A line of this order has no SKU, so Kayistra cannot declare it to customs: create this ' +
      "label in Shipentegra's own panel.",
    recipientFields: {
      name: "The buyer's name from Amazon is empty or too long for a label (2 to 50 characters).",
      city: "The city in Amazon's address is empty or too long for a label (2 to 35 characters).",
      countryCode: "Amazon's address for this order has no country.",
      stateOrRegion:
        "Amazon's address has no state or province, which labels to the US and Canada need.",
      address: "The street address from Amazon does not fit a label's lines of 35 characters.",
      other: "Amazon's delivery address cannot go on a label as it is.",
    },
    recipientHelp:
      "Kayistra cannot change an address Amazon gives. Create this label in Shipentegra's own " +
      'panel, where you can correct it.',
  },
  problems: {
    trackingNotShown:
      'Amazon accepted the tracking number but still does not show it, and Kayistra has stopped ' +
      "checking. Look at the order's Tracking ID in Seller Central; if it is empty, confirm the " +
      'shipment there with the tracking number above.',
    amazonRetrying:
      'The label is bought and kept. Amazon is not answering for now; Kayistra sends it the ' +
      'tracking number by itself. Do not buy another label.',
    shipentegraRetrying:
      'Shipentegra is not answering for now; Kayistra tries again by itself. Nothing to do here.',
    refused:
      'Shipentegra does not accept this label as it is, so nothing was bought. Fix what it ' +
      'names below, or pick another service, then create a new label.',
    notReady:
      'The label could not be bought as the details stand; nothing was paid. Fix what is named ' +
      'below, then create a new label. An address from Amazon cannot be changed here: create ' +
      "that label in Shipentegra's own panel.",
  },
  purchase: {
    create: 'Create label',
    creating: 'Creating label...',
    retry: 'Create a new label',
    unknownCheck: 'I checked Shipentegra: no label was bought for this order',
    unknownHint: 'The last attempt may have bought a label. Check Shipentegra before buying again.',
    progress: 'Label progress',
    steps: {
      fetch_recipient: "Reading the buyer's address from Amazon",
      create_order: 'Creating the Shipentegra order',
      buy_label: 'Buying the label',
      fetch_label_file: 'Saving the label file',
      confirm_on_amazon: 'Sending the tracking number to Amazon',
      verify_on_amazon: 'Checking that Amazon shows it',
    } as Record<string, string>,
    stepStates: { done: 'done', current: 'in progress', pending: 'waiting' },
  },
  shipment: {
    heading: 'Shipment',
    service: 'Service',
    cost: 'Cost',
    tracking: 'Tracking number',
    lastMile: 'Last-mile tracking',
    trackingStatus: 'Tracking status',
    trackingStatuses: {
      pending: 'not picked up yet',
      in_transit: 'in transit',
      out_for_delivery: 'out for delivery',
      delivered: 'delivered',
      exception: 'delivery problem',
      returned: 'returned',
    } as Record<string, string>,
    amazon: 'Amazon',
    confirmed: 'Confirmed on Amazon',
    waiting: 'Waiting for Amazon, retrying by itself',
    notConfirmed: 'Not on Amazon yet: see the problem below',
    deliveredAt: 'Delivered',
    problem: 'Problem',
    failed: 'This label attempt failed.',
    otherActive: 'A label was already being bought for this order elsewhere; this is that one.',
    download: 'Download label',
    print: 'Print label',
    noFile: 'The label file is not saved yet.',
  },
};
