/*
 * The cooperation network of a figures page (WEB-INF/includes/cooperation-network.xhtml), drawn with Apache
 * ECharts from its WebJar: organisations around a circle, grouped by cluster, sized by their cross-cluster activity and coloured by cluster,
 * links as wide as they are frequent. A click on a node opens the organisation. The data come as JSON in
 * data-network; names reach the tooltip only encoded.
 */
(function () {
    function draw(element) {
        if (element.dataset.drawn || !window.echarts) {
            return;
        }
        element.dataset.drawn = 'true';
        var network = JSON.parse(element.dataset.network || '{"nodes":[],"links":[]}');
        // Around a circle, a cluster's organisations side by side: the links between clusters cross the middle.
        network.nodes.sort(function (a, b) {
            return a.cluster === b.cluster ? a.name.localeCompare(b.name) : a.cluster.localeCompare(b.cluster);
        });
        var clusters = [];
        network.nodes.forEach(function (node) {
            if (clusters.indexOf(node.cluster) < 0) {
                clusters.push(node.cluster);
            }
        });
        var encode = echarts.format.encodeHTML;
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption({
            animation: false,
            tooltip: {
                formatter: function (item) {
                    if (item.dataType === 'edge') {
                        return encode(item.data.names) + '<br>' + encode(item.data.kinds) + ': ' + item.data.value;
                    }
                    return encode(item.data.name) + '<br>' + encode(item.data.cluster) + ': ' + item.data.value;
                }
            },
            legend: { type: 'scroll', bottom: 0, data: clusters },
            series: [{
                type: 'graph',
                layout: 'circular',
                circular: { rotateLabel: true },
                top: 90,
                bottom: 110,
                left: '20%',
                right: '20%',
                roam: true,
                categories: clusters.map(function (name) { return { name: name }; }),
                data: network.nodes.map(function (node) {
                    return {
                        id: String(node.id),
                        name: node.name,
                        cluster: node.cluster,
                        value: node.weight,
                        category: clusters.indexOf(node.cluster),
                        symbolSize: Math.min(10 + 6 * Math.sqrt(node.weight), 48)
                    };
                }),
                links: network.links.map(function (link) {
                    return {
                        source: String(link.a),
                        target: String(link.b),
                        value: link.weight,
                        names: link.names,
                        kinds: link.kinds,
                        lineStyle: { width: 1 + Math.log2(1 + link.weight), opacity: 0.6 }
                    };
                }),
                label: { show: network.nodes.length <= 40, position: 'right', width: 120, overflow: 'truncate', fontSize: 11 },
                lineStyle: { curveness: 0.2 },
                emphasis: { focus: 'adjacency' }
            }]
        });
        chart.on('click', function (item) {
            if (item.dataType === 'node') {
                window.location.href = element.dataset.link + encodeURIComponent(item.data.id);
            }
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawAll() {
        document.querySelectorAll('.portal-network').forEach(draw);
    }

    drawAll();
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', drawAll);
    }
})();
