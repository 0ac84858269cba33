/*
 * Events: shows each <time class="portal-local" datetime="…"> in the zone the page uses (its footer says which:
 * the person's, else the browser's) and language. zone.js tells the server the browser's zone.
 */
(function () {
    var footer = document.getElementById('time-zone');
    var zone = (footer && footer.getAttribute('data-zone')) || Intl.DateTimeFormat().resolvedOptions().timeZone;
    var language = document.documentElement.lang || undefined;
    document.querySelectorAll('time.portal-local').forEach(function (element) {
        var instant = new Date(element.getAttribute('datetime'));
        if (!isNaN(instant)) {
            element.textContent = instant.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }) + ' (' + zone + ')';
        }
    });
})();
