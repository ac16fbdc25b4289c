package org.evsyn.reporting.figures;

import org.evsyn.reporting.model.PrismaFlow;
import org.evsyn.reporting.model.ReasonCount;
import org.evsyn.reporting.model.SourceCount;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.SvgCanvas;
import org.evsyn.reporting.svg.SvgCanvas.Anchor;
import org.evsyn.reporting.svg.SvgStyle;
import org.evsyn.reporting.svg.TextWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * The PRISMA 2020 flow diagram for new reviews searching databases and registers: identification, screening
 * and inclusion, with exclusions and their reasons in boxes to the right.
 */
public final class PrismaFigure {

    private static final double MARGIN = 16;
    private static final double BAND = 30;
    private static final double BOX_W = 300;
    private static final double GAP_X = 56;
    private static final double GAP_Y = 34;
    private static final double PAD = 9;
    private static final double LINE = 16;
    private static final double FS = SvgStyle.FONT_SIZE;

    /** Creates the figure builder; it holds no state. */
    public PrismaFigure() {
    }

    /** Draws the flow diagram. */
    public Figure render(PrismaFlow flow) {
        List<List<String>> left = new ArrayList<>();
        List<List<String>> right = new ArrayList<>();
        List<String> identified = new ArrayList<>();
        identified.add("Records identified from:");
        identified.add("Databases " + n(flow, flow.identified(SourceCount.SourceKind.DATABASE)));
        for (SourceCount s : flow.sources()) {
            if (s.kind() == SourceCount.SourceKind.DATABASE) {
                identified.add("    " + s.source() + " (n = " + s.records() + ")");
            }
        }
        identified.add("Registers " + n(flow, flow.identified(SourceCount.SourceKind.REGISTER)));
        for (SourceCount s : flow.sources()) {
            if (s.kind() == SourceCount.SourceKind.REGISTER) {
                identified.add("    " + s.source() + " (n = " + s.records() + ")");
            }
        }
        left.add(identified);
        right.add(List.of("Records removed before screening:",
                "Duplicate records removed " + n(flow, flow.duplicatesRemoved()),
                "Records removed for other reasons " + n(flow, flow.otherRemovedBeforeScreening())));
        left.add(List.of("Records screened", n(flow, flow.screened())));
        right.add(withReasons("Records excluded " + n(flow, flow.screeningExcluded()), flow.screeningReasons()));
        left.add(List.of("Reports sought for retrieval", n(flow, flow.reportsSought())));
        right.add(List.of("Reports not retrieved", n(flow, flow.reportsNotRetrieved())));
        left.add(List.of("Reports assessed for eligibility", n(flow, flow.fullTextsAssessed())));
        right.add(withReasons("Reports excluded " + n(flow, flow.fullTextsExcluded()) + ":", flow.fullTextReasons()));
        left.add(List.of("Studies included in review (n = " + flow.studiesIncluded() + ")",
                "Reports of included studies " + n(flow, flow.reportsIncluded())));

        List<List<String>> leftLines = wrapAll(left);
        List<List<String>> rightLines = wrapAll(right);
        int rows = left.size();
        double[] rowTop = new double[rows];
        double[] rowH = new double[rows];
        double y = MARGIN + SvgStyle.TITLE_FONT_SIZE + 16;
        for (int i = 0; i < rows; i++) {
            double lh = leftLines.get(i).size() * LINE + 2 * PAD - 4;
            double rh = i < rightLines.size() ? rightLines.get(i).size() * LINE + 2 * PAD - 4 : 0;
            rowTop[i] = y;
            rowH[i] = Math.max(lh, rh);
            y += rowH[i] + GAP_Y;
        }
        double height = y - GAP_Y + MARGIN;
        double leftX = MARGIN + BAND + 14;
        double rightX = leftX + BOX_W + GAP_X;
        double width = rightX + BOX_W + MARGIN;

        SvgCanvas svg = new SvgCanvas(width, height, "PRISMA 2020 flow diagram",
                "Flow of records through identification, screening and inclusion.");
        svg.text(MARGIN, MARGIN + SvgStyle.TITLE_FONT_SIZE, "PRISMA 2020 flow diagram", Anchor.START,
                SvgStyle.TITLE_FONT_SIZE, true, SvgStyle.INK, "title");
        // Stage bands: identification (row 0), screening (rows 1-3), included (row 4).
        band(svg, rowTop[0], rowTop[0] + rowH[0], "Identification");
        band(svg, rowTop[1], rowTop[3] + rowH[3], "Screening");
        band(svg, rowTop[4], rowTop[4] + rowH[4], "Included");
        for (int i = 0; i < rows; i++) {
            box(svg, leftX, rowTop[i], rowH[i], leftLines.get(i), "prisma-box");
            if (i < rightLines.size()) {
                box(svg, rightX, rowTop[i], rowH[i], rightLines.get(i), "prisma-box prisma-excluded");
                arrow(svg, leftX + BOX_W, rowTop[i] + rowH[i] / 2, rightX, rowTop[i] + rowH[i] / 2);
            }
            if (i + 1 < rows) {
                arrow(svg, leftX + BOX_W / 2, rowTop[i] + rowH[i], leftX + BOX_W / 2, rowTop[i + 1]);
            }
        }
        return new Figure("prisma", "PRISMA 2020 flow diagram of study selection.", svg.finish(), width, height);
    }

    private static List<String> withReasons(String head, List<ReasonCount> reasons) {
        List<String> lines = new ArrayList<>();
        lines.add(head);
        for (ReasonCount r : reasons) {
            lines.add("    " + r.reason() + " (n = " + r.count() + ")");
        }
        return lines;
    }

    private static List<List<String>> wrapAll(List<List<String>> boxes) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> box : boxes) {
            List<String> lines = new ArrayList<>();
            for (String line : box) {
                boolean indent = line.startsWith("    ");
                List<String> wrapped = TextWidth.wrap(line.strip(), FS, false, BOX_W - 2 * PAD - (indent ? 14 : 0));
                for (String w : wrapped) {
                    lines.add(indent ? "    " + w : w);
                }
            }
            out.add(lines);
        }
        return out;
    }

    private static void box(SvgCanvas svg, double x, double top, double h, List<String> lines, String cls) {
        svg.group(cls);
        svg.rect(x, top, BOX_W, h, SvgStyle.BOX_FILL, SvgStyle.INK, null);
        double ty = top + PAD + FS - 1;
        for (String line : lines) {
            boolean indent = line.startsWith("    ");
            svg.text(x + PAD + (indent ? 14 : 0), ty, line.strip(), Anchor.START, FS, false, SvgStyle.INK, null);
            ty += LINE;
        }
        svg.end();
    }

    private static void band(SvgCanvas svg, double top, double bottom, String label) {
        svg.group("prisma-stage");
        svg.rect(MARGIN, top, BAND, bottom - top, SvgStyle.BAND_FILL, null, null);
        svg.verticalText(MARGIN + BAND / 2 + 5, (top + bottom) / 2, label, FS);
        svg.end();
    }

    private static void arrow(SvgCanvas svg, double x1, double y1, double x2, double y2) {
        svg.line(x1, y1, x2, y2, SvgStyle.INK, 1.2);
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        svg.polygon(SvgStyle.INK, null, "arrowhead", x2, y2, x2 - 8 * ux - 4 * uy, y2 - 8 * uy + 4 * ux,
                x2 - 8 * ux + 4 * uy, y2 - 8 * uy - 4 * ux);
    }

    /** "(n = 12)", or "(n = not recorded)" when the review recorded no searches or screening. */
    private static String n(PrismaFlow flow, int count) {
        return flow.screeningRecorded() ? "(n = " + count + ")" : "(n = not recorded)";
    }
}
