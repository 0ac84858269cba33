/*
 * Events: remembers the browser's time zone for the server (cookie portal-tz: lists, calendar, date filters)
 * and shows each <time class="portal-local" datetime="…"> in the viewer's own zone and language.
 */
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
        document.cookie = 'portal-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
    var language = document.documentElement.lang || undefined;
    document.querySelectorAll('time.portal-local').forEach(function (element) {
        var instant = new Date(element.getAttribute('datetime'));
        if (!isNaN(instant)) {
            element.textContent = instant.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }) + ' (' + zone + ')';
        }
    });
})();
