/** Number and label formatting as reviewers expect it, independent of the default locale. */
package org.evsyn.reporting.format;
