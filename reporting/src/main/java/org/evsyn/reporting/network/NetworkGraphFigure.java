package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.stats.network.NetworkEdge;
import org.evsyn.stats.network.NetworkGeometry;
import org.evsyn.stats.network.NetworkNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network graph: treatments on a circle (the reference at the top, then clockwise in the fit's order), each
 * node's area proportional to its participants, each edge's width to the number of studies that compare the two
 * treatments directly, with that number at its middle.
 */
final class NetworkGraphFigure {

    private static final double WIDTH = 720;
    private static final double HEIGHT = 540;
    private static final double RADIUS = 150;
    private static final double MAX_NODE = 30;
    private static final double MIN_NODE = 5;
    private static final double MAX_EDGE = 9;

    private NetworkGraphFigure() {
    }

    static Figure render(NetworkReport.NetworkSection section) {
        NetworkAnalysis.NetworkResult r = section.analysis().result().orElseThrow();
        NetworkGeometry g = r.geometry();
        List<String> order = r.treatments();
        String caption = "Network of " + section.analysis().outcome() + ": " + order.size() + " treatments, "
                + Numbers.integer(r.studies()) + " studies. Node area is proportional to the participants randomised "
                + "to the treatment, edge width to the number of studies comparing the two treatments directly "
                + "(the number on the edge).";
        SvgCanvas c = new SvgCanvas(WIDTH, HEIGHT, "Network graph: " + section.analysis().outcome(), caption);
        c.text(12, 20, "Network of treatments: " + section.analysis().outcome(), SvgCanvas.Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.INK, "title");
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2 + 10;
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / order.size();
            at.put(order.get(i), new double[] {cx + RADIUS * Math.cos(angle), cy + RADIUS * Math.sin(angle), angle});
        }
        int maxStudies = g.edges().stream().mapToInt(NetworkEdge::studies).max().orElse(1);
        double maxParticipants = g.nodes().stream().mapToDouble(NetworkNode::participants).max().orElse(1);
        c.group("edges");
        for (NetworkEdge e : g.edges()) {
            double[] a = at.get(e.treatment1());
            double[] b = at.get(e.treatment2());
            if (a == null || b == null) {
                continue;
            }
            double w = 1 + (MAX_EDGE - 1) * e.studies() / maxStudies;
            c.line(a[0], a[1], b[0], b[1], SvgStyle.GREY, w);
        }
        for (NetworkEdge e : g.edges()) {
            double[] a = at.get(e.treatment1());
            double[] b = at.get(e.treatment2());
            if (a == null || b == null) {
                continue;
            }
            // Labels a little off the middle, so that edges crossing at the centre keep theirs apart.
            double mx = a[0] + (b[0] - a[0]) * 0.42;
            double my = a[1] + (b[1] - a[1]) * 0.42;
            c.circle(mx, my, 9, "#ffffff", SvgStyle.GREY, "edge-label");
            c.text(mx, my + 4, Integer.toString(e.studies()), SvgCanvas.Anchor.MIDDLE, SvgStyle.SMALL_FONT_SIZE,
                    false, SvgStyle.INK, null);
        }
        c.end();
        c.group("nodes");
        for (NetworkNode n : g.nodes()) {
            double[] p = at.get(n.treatment());
            if (p == null) {
                continue;
            }
            double radius = Math.max(MIN_NODE, MAX_NODE * Math.sqrt(n.participants() / maxParticipants));
            c.circle(p[0], p[1], radius, SvgStyle.STUDY, "#ffffff", "node");
            double lx = cx + (RADIUS + radius + 14) * Math.cos(p[2]);
            double ly = cy + (RADIUS + radius + 14) * Math.sin(p[2]);
            SvgCanvas.Anchor anchor = Math.abs(lx - cx) < 20 ? SvgCanvas.Anchor.MIDDLE
                    : lx < cx ? SvgCanvas.Anchor.END : SvgCanvas.Anchor.START;
            double dy = Math.sin(p[2]) < -0.5 ? -14 : Math.sin(p[2]) > 0.5 ? 8 : 0;
            c.text(lx, ly + dy, n.treatment(), anchor, SvgStyle.FONT_SIZE, true, SvgStyle.INK, "node-label", 170);
            c.text(lx, ly + dy + 14, Numbers.integer(Math.round(n.participants())) + " participants, "
                    + n.studies() + (n.studies() == 1 ? " study" : " studies"), anchor, SvgStyle.SMALL_FONT_SIZE,
                    false, SvgStyle.GREY, null);
        }
        c.end();
        return new Figure("network-graph-" + section.id(), caption, c.finish(), WIDTH, HEIGHT);
    }
}
