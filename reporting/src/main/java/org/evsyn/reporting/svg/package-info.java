/**
 * Writing SVG through an escaping XML writer: every text and attribute value passes through
 * {@link javax.xml.stream.XMLStreamWriter}, so user text can never become markup.
 */
package org.evsyn.reporting.svg;
