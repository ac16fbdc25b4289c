/** The self-contained HTML report, rendered with an autoescaping template engine. */
package org.evsyn.reporting.html;
