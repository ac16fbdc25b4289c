package org.evsyn.stats.network;

/**
 * One arm of a study in a network meta-analysis: the study it belongs to and the treatment it received. The arms
 * of a study share the study label; a study needs at least two arms with different treatments.
 */
public sealed interface NetworkArm permits BinaryArm, ContinuousArm {

    /** The study label, shared by all arms of the study. */
    String study();

    /** The treatment label, matched as an exact string. */
    String treatment();
}
