package org.evsyn.reporting.svg;

/** Fonts, sizes and colours shared by every figure, so the report looks like one piece. */
public final class SvgStyle {

    private SvgStyle() {
    }

    /** Generic font list: available on every system and in the PNG rasteriser. */
    public static final String FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
    /** Body text in figures: prints at about 9 pt on a page-width figure. */
    public static final double FONT_SIZE = 12;
    /** Notes under plots. */
    public static final double SMALL_FONT_SIZE = 11;
    /** Figure titles. */
    public static final double TITLE_FONT_SIZE = 14;

    /** Text and lines. */
    public static final String INK = "#1a1a1a";
    /** Grid, pseudo-confidence limits and secondary lines. */
    public static final String GREY = "#7f7f7f";
    /** Study squares and points. */
    public static final String STUDY = "#1f4e79";
    /** Pooled diamonds. */
    public static final String POOLED = "#1a1a1a";
    /** Prediction interval bar. */
    public static final String PREDICTION = "#b2182b";
    /** RoB 2: low risk. */
    public static final String LOW_RISK = "#2e9e44";
    /** RoB 2: some concerns. */
    public static final String SOME_CONCERNS = "#e8b517";
    /** RoB 2: high risk. */
    public static final String HIGH_RISK = "#c8281e";
    /** PRISMA box fill. */
    public static final String BOX_FILL = "#ffffff";
    /** PRISMA stage band fill. */
    public static final String BAND_FILL = "#c6dbef";
}
