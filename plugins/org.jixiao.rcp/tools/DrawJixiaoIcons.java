// SPDX-License-Identifier: EPL-2.0
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the Jixiao window icons (16 … 256 px) and the about image: a blue rounded square with three
 * rising bars (the indicators) and a gold tick over the highest (the target met). Drawn rather than
 * taken from elsewhere so the product owns its branding; the PNGs are committed, this program is
 * only run again when the design changes:
 *
 * <pre>java plugins/org.jixiao.rcp/tools/DrawJixiaoIcons.java plugins/org.jixiao.rcp/icons</pre>
 */
public final class DrawJixiaoIcons {

	private static final int[] SIZES = { 16, 32, 48, 64, 128, 256 };

	private static final Color TOP = new Color(0x1F, 0x5F, 0xA8);
	private static final Color BOTTOM = new Color(0x12, 0x3B, 0x6E);
	private static final Color BAR = new Color(0xF5, 0xF8, 0xFC);
	private static final Color TICK = new Color(0xF2, 0xB1, 0x34);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : "icons");
		dir.mkdirs();
		for (int size : SIZES) {
			ImageIO.write(draw(size), "png", new File(dir, "jixiao-" + size + ".png"));
		}
	}

	static BufferedImage draw(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		double s = size;
		double inset = size <= 16 ? 0.5 : s * 0.04;
		double arc = s * 0.22;
		g.setPaint(new GradientPaint(0, 0, TOP, 0, size, BOTTOM));
		g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, arc, arc));

		// three rising bars on a common base line
		double base = s * 0.80;
		double left = s * 0.19;
		double barWidth = s * 0.16;
		double gap = s * 0.07;
		double[] heights = { 0.22, 0.34, 0.46 };
		g.setColor(BAR);
		for (int i = 0; i < heights.length; i++) {
			double x = left + i * (barWidth + gap);
			double h = s * heights[i];
			if (size <= 16) {
				// whole pixels keep the smallest icon crisp: 3 px bars, 1 px apart, on row 13
				int height = 4 + 3 * i;
				g.fillRect(3 + 4 * i, 13 - height, 3, height);
			} else {
				g.fill(new RoundRectangle2D.Double(x, base - h, barWidth, h, s * 0.03, s * 0.03));
			}
		}

		// the tick (target met) above the right-hand side, left out where it would be a smudge
		if (size >= 32) {
			Path2D tick = new Path2D.Double();
			tick.moveTo(s * 0.57, s * 0.19);
			tick.lineTo(s * 0.65, s * 0.27);
			tick.lineTo(s * 0.81, s * 0.10);
			g.setColor(TICK);
			g.setStroke(new BasicStroke((float) (s * 0.075), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(tick);
		}
		g.dispose();
		return image;
	}
}
