/** {@code evsyn screen}: screening commands; {@code screen simulate} measures the active-learning order. */
package org.evsyn.cli.screen;
