// The browser's own time zone, so dates show in the user's local time (the server renders them).
window.opsAdmin = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
};
