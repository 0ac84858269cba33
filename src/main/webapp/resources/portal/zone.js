/*
 * Every page: tells the server the browser's time zone (cookie portal-tz), so that from the next request on, the
 * first page after login included, times are shown in it. A signed-in person's zone is stored on them the first
 * time it is known; their profile changes it (people.web.ViewerZone).
 */
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
        document.cookie = 'portal-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
})();
