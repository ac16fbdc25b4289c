/** Report sentences and table rows as display text, shared by the HTML and Markdown outputs. */
package org.evsyn.reporting.text;
