// SPDX-License-Identifier: EPL-2.0
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the icons of the .perf tooling (16 px and @2x): the 生成报表 / Generate forms command (a
 * spreadsheet page with a grid and a green arrow into it), the new .perf file wizard (a page with
 * the rising bars of the Jixiao icon), the project nature overlay (7 × 8 px bars) and a workbook opened
 * with the desktop's program (the spreadsheet page without the arrow). Run again only
 * when the design changes:
 *
 * <pre>java plugins/org.jixiao.dsl.ui/tools/DrawPerfIcons.java plugins/org.jixiao.dsl.ui/icons</pre>
 */
public final class DrawPerfIcons {

	private static final Color PAGE = new Color(0xFF, 0xFF, 0xFF);
	private static final Color EDGE = new Color(0x4A, 0x6A, 0x8A);
	private static final Color GRID = new Color(0x9B, 0xB4, 0xCC);
	private static final Color HEADER = new Color(0x1F, 0x5F, 0xA8);
	private static final Color ARROW = new Color(0x2E, 0x8B, 0x3E);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : "icons");
		dir.mkdirs();
		ImageIO.write(draw(1), "png", new File(dir, "generate-forms.png"));
		ImageIO.write(draw(2), "png", new File(dir, "generate-forms@2x.png"));
		ImageIO.write(perfFile(1), "png", new File(dir, "perf-file.png"));
		ImageIO.write(perfFile(2), "png", new File(dir, "perf-file@2x.png"));
		ImageIO.write(natureOverlay(), "png", new File(dir, "perf-nature.png"));
		ImageIO.write(workbook(1), "png", new File(dir, "workbook.png"));
		ImageIO.write(workbook(2), "png", new File(dir, "workbook@2x.png"));
	}

	/** A page with three rising blue bars. */
	static BufferedImage perfFile(int scale) {
		BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.scale(scale, scale);
		g.setColor(PAGE);
		g.fillRect(2, 1, 11, 14);
		g.setColor(EDGE);
		g.setStroke(new BasicStroke(1f));
		g.drawRect(2, 1, 11, 14);
		g.setColor(HEADER);
		int[] heights = { 4, 7, 10 };
		for (int i = 0; i < heights.length; i++) {
			g.fillRect(4 + 3 * i, 14 - heights[i], 2, heights[i]);
		}
		g.dispose();
		return image;
	}

	/** The project overlay: three rising bars in the top-right corner space (7 × 8). */
	static BufferedImage natureOverlay() {
		BufferedImage image = new BufferedImage(7, 8, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(HEADER);
		int[] heights = { 3, 5, 8 };
		for (int i = 0; i < heights.length; i++) {
			g.fillRect(1 + 2 * i, 8 - heights[i], 1, heights[i]);
		}
		g.dispose();
		return image;
	}

	static BufferedImage draw(int scale) {
		BufferedImage image = workbook(scale);
		Graphics2D g = image.createGraphics();
		g.scale(scale, scale);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		// the arrow into the page, bottom right
		g.setColor(ARROW);
		g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new java.awt.geom.Line2D.Double(9.5, 9.5, 14, 14));
		Path2D head = new Path2D.Double();
		head.moveTo(15.5, 10);
		head.lineTo(15.5, 15.5);
		head.lineTo(10, 15.5);
		head.closePath();
		g.fill(head);
		g.dispose();
		return image;
	}

	/** A spreadsheet page: blue title band and a grid. */
	static BufferedImage workbook(int scale) {
		BufferedImage image = new BufferedImage(16 * scale, 16 * scale, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.scale(scale, scale);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		// the page: 2..13 x 1..14, a blue title band, a grid of 3 columns
		g.setColor(PAGE);
		g.fillRect(2, 1, 11, 14);
		g.setColor(HEADER);
		g.fillRect(2, 1, 11, 3);
		g.setColor(GRID);
		g.setStroke(new BasicStroke(1f / scale));
		for (double y = 6.5; y < 15; y += 2.5) {
			g.draw(new java.awt.geom.Line2D.Double(2.5, y, 12.5, y));
		}
		for (double x = 5.5; x < 13; x += 3.5) {
			g.draw(new java.awt.geom.Line2D.Double(x, 4, x, 14.5));
		}
		g.setColor(EDGE);
		g.setStroke(new BasicStroke(1f));
		g.drawRect(2, 1, 11, 14);
		g.dispose();
		return image;
	}
}
