// The stored "off" list after the seller flips one feature's switch.
export function switchFeature(disabled: readonly string[], featureId: string, isOn: boolean) {
  const others = disabled.filter((id) => id !== featureId);

  return isOn ? others : [...others, featureId];
}
