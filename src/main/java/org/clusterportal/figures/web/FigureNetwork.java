package org.clusterportal.figures.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.clusterportal.figures.CooperationLink;

/**
 * The cooperation network of a figures page as the JSON that resources/portal/network.js draws:
 * {@code {"nodes": [{"id", "name", "cluster", "weight"}], "links": [{"a", "b", "weight", "names", "kinds"}]}}.
 * An organisation's weight is the sum of the weights of its cross-cluster links: how much it did with others.
 */
final class FigureNetwork {

    private record Node(long id, String name, String cluster, long weight) {

        Node plus(long more) {
            return new Node(id, name, cluster, weight + more);
        }
    }

    private FigureNetwork() {
    }

    static String of(List<CooperationLink> links, Function<String, String> label) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        JsonArrayBuilder edges = Json.createArrayBuilder();
        for (CooperationLink link : links) {
            nodes.merge(link.orgAId(), new Node(link.orgAId(), link.orgAName(), link.orgACluster(), link.weight()),
                    (known, added) -> known.plus(added.weight()));
            nodes.merge(link.orgBId(), new Node(link.orgBId(), link.orgBName(), link.orgBCluster(), link.weight()),
                    (known, added) -> known.plus(added.weight()));
            edges.add(Json.createObjectBuilder()
                    .add("a", link.orgAId())
                    .add("b", link.orgBId())
                    .add("weight", link.weight())
                    .add("names", link.orgAName() + " – " + link.orgBName())
                    .add("kinds", link.kinds().stream().map(kind -> label.apply("figures.link." + kind))
                            .collect(Collectors.joining(", "))));
        }
        JsonArrayBuilder vertices = Json.createArrayBuilder();
        nodes.values().forEach(node -> vertices.add(Json.createObjectBuilder()
                .add("id", node.id())
                .add("name", node.name())
                .add("cluster", node.cluster() == null ? "" : node.cluster())
                .add("weight", node.weight())));
        return Json.createObjectBuilder().add("nodes", vertices).add("links", edges).build().toString();
    }
}
