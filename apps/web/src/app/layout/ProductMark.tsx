/** The product's mark: a house on a deep blue tile (Housing First), decorative only. */
export function ProductMark({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <rect width="32" height="32" rx="7" fill="#1d4f7c" />
      <path d="M8 17l8-7 8 7v7h-5v-5h-6v5H8z" fill="#fff" />
    </svg>
  );
}
