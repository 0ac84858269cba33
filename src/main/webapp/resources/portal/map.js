/*
 * Maps of organisations (WEB-INF/includes/organisation-map.xhtml): Leaflet over the portal's own outline of
 * Europe's countries (resources/portal/map/europe.json, from Natural Earth), so no tile or script comes from
 * elsewhere. Each .portal-map carries its places as JSON in data-places; a map redrawn by an ajax update is
 * drawn again. Names are put in as text, never as HTML.
 */
(function () {
    var outlines = {};

    function outline(url) {
        if (!outlines[url]) {
            outlines[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
                return response.json();
            });
        }
        return outlines[url];
    }

    function popup(place, element) {
        var box = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = place.label;
        box.appendChild(title);
        if (place.approximate) {
            var note = document.createElement('div');
            note.className = 'portal-muted';
            note.textContent = element.dataset.approximate;
            box.appendChild(note);
        }
        var list = document.createElement('ul');
        place.organisations.slice(0, 10).forEach(function (organisation) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = element.dataset.link + encodeURIComponent(organisation.id);
            link.textContent = organisation.name;
            item.appendChild(link);
            list.appendChild(item);
        });
        box.appendChild(list);
        if (place.organisations.length > 10) {
            var more = document.createElement('div');
            more.textContent = element.dataset.more.replace('{0}', String(place.organisations.length - 10));
            box.appendChild(more);
        }
        return box;
    }

    function draw(element) {
        if (element.dataset.drawn || !window.L) {
            return;
        }
        element.dataset.drawn = 'true';
        var places = JSON.parse(element.dataset.places || '[]');
        var map = L.map(element, { zoomControl: false, scrollWheelZoom: false, zoomSnap: 0.25, maxZoom: 10 });
        L.control.zoom({ zoomInTitle: element.dataset.zoomIn, zoomOutTitle: element.dataset.zoomOut }).addTo(map);
        map.attributionControl.setPrefix(false).addAttribution('Leaflet · Natural Earth');
        outline(element.dataset.base).then(function (countries) {
            L.geoJSON(countries, {
                interactive: false,
                style: { color: '#94a3b8', weight: 1, fillColor: '#f8fafc', fillOpacity: 1 }
            }).addTo(map).bringToBack();
        });
        var markers = places.map(function (place) {
            var count = place.organisations.length;
            return L.circleMarker([place.lat, place.lon], {
                radius: Math.min(6 + 3 * Math.sqrt(count), 24),
                color: '#1e40af',
                weight: 2,
                fillColor: place.approximate ? '#ffffff' : '#3b82f6',
                fillOpacity: 0.85
            }).bindTooltip(place.label + ' (' + count + ')').bindPopup(popup(place, element)).addTo(map);
        });
        if (markers.length) {
            map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 8 });
        } else {
            map.fitBounds([[49.0, 14.1], [54.9, 24.2]]);
        }
    }

    function drawAll() {
        document.querySelectorAll('.portal-map').forEach(draw);
    }

    drawAll();
    if (window.jQuery) {
        // PrimeFaces announces every finished ajax update on the document; a filter redraws the map.
        window.jQuery(document).on('pfAjaxComplete', drawAll);
    }
})();
