/** Rasterising SVG figures to PNG for journals and slides. */
package org.evsyn.reporting.raster;
