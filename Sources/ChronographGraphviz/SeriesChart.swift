import ChronographCore
import Foundation

/// A dyad series as an SVG chart (no Graphviz needed): above, a bar per period with its
/// conflict events (red) under its cooperation events (green); below, the mean Goldstein
/// value per period on the −10 … +10 scale, a line broken where a period has no event.
public enum SeriesChart {
    public static func svg(_ series: DyadSeries, title: String) -> String {
        let n = max(series.points.count, 1)
        let bar = min(40, max(6, 640 / Double(n)))
        let left = 48.0
        let width = left + bar * Double(n) + 24
        let (countsTop, countsHeight) = (40.0, 150.0)
        let (scaleTop, scaleHeight) = (countsTop + countsHeight + 40, 120.0)
        let height = scaleTop + scaleHeight + 56
        let maxCount = max(1, series.points.map(\.events).max() ?? 1)
        func x(_ i: Int) -> Double { left + bar * Double(i) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(f(left))\" y=\"20\" font-size=\"13\">\(XML.escape(title))</text>\n"
        // Counts: axis, bars, the largest count on the axis.
        out += "<text x=\"\(f(left - 6))\" y=\"\(f(countsTop + 4))\" text-anchor=\"end\">\(maxCount)</text>\n"
        out += "<text x=\"\(f(left - 6))\" y=\"\(f(countsTop + countsHeight))\" text-anchor=\"end\">0</text>\n"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(countsTop + countsHeight))\" x2=\"\(f(x(n)))\" y2=\"\(f(countsTop + countsHeight))\" stroke=\"#90a4ae\"/>\n"
        let unit = countsHeight / Double(maxCount)
        for (i, p) in series.points.enumerated() where p.events > 0 {
            let conflictH = Double(p.conflict) * unit
            let cooperationH = Double(p.cooperation) * unit
            let base = countsTop + countsHeight
            let tip = "\(p.period): \(p.events) event(s), \(p.cooperation) cooperation, \(p.conflict) conflict"
            if p.conflict > 0 {
                out +=
                    "<rect class=\"conflict\" x=\"\(f(x(i) + 1))\" y=\"\(f(base - conflictH))\" width=\"\(f(bar - 2))\" height=\"\(f(conflictH))\" fill=\"#e57373\"><title>\(XML.escape(tip))</title></rect>\n"
            }
            if p.cooperation > 0 {
                out +=
                    "<rect class=\"cooperation\" x=\"\(f(x(i) + 1))\" y=\"\(f(base - conflictH - cooperationH))\" width=\"\(f(bar - 2))\" height=\"\(f(cooperationH))\" fill=\"#81c784\"><title>\(XML.escape(tip))</title></rect>\n"
            }
        }
        // The Goldstein scale: −10 … +10, zero marked.
        func y(_ g: Double) -> Double { scaleTop + (10 - g) / 20 * scaleHeight }
        for g in [10.0, 0, -10] {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(g)))\" x2=\"\(f(x(n)))\" y2=\"\(f(y(g)))\" stroke=\"\(g == 0 ? "#90a4ae" : "#eceff1")\"/>\n"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y(g) + 3))\" text-anchor=\"end\">\(g > 0 ? "+" : "")\(Int(g))</text>\n"
        }
        var path = ""
        for (i, p) in series.points.enumerated() {
            guard let g = p.goldsteinMean else {
                path += " "
                continue
            }
            let cx = x(i) + bar / 2
            path += (path.isEmpty || path.hasSuffix(" ") ? "M" : "L") + "\(f(cx)),\(f(y(g)))"
            out +=
                "<circle class=\"goldstein\" cx=\"\(f(cx))\" cy=\"\(f(y(g)))\" r=\"2.5\" fill=\"#37474f\"><title>\(XML.escape("\(p.period): mean Goldstein \(String(format: "%+.1f", g))"))</title></circle>\n"
        }
        let segments = path.split(separator: " ").joined(separator: " ")
        if !segments.isEmpty { out += "<path d=\"\(segments)\" fill=\"none\" stroke=\"#37474f\" stroke-width=\"1.5\"/>\n" }
        // Period labels, as many as fit.
        let every = max(1, Int((Double(n) * 52 / (bar * Double(n))).rounded(.up)))
        for (i, p) in series.points.enumerated() where i % every == 0 {
            out += "<text x=\"\(f(x(i) + bar / 2))\" y=\"\(f(scaleTop + scaleHeight + 16))\" text-anchor=\"middle\">\(XML.escape(p.period))</text>\n"
        }
        let legend = scaleTop + scaleHeight + 40
        out +=
            "<rect x=\"\(f(left))\" y=\"\(f(legend - 9))\" width=\"10\" height=\"10\" fill=\"#81c784\"/><text x=\"\(f(left + 14))\" y=\"\(f(legend))\">cooperation</text>\n"
        out +=
            "<rect x=\"\(f(left + 96))\" y=\"\(f(legend - 9))\" width=\"10\" height=\"10\" fill=\"#e57373\"/><text x=\"\(f(left + 110))\" y=\"\(f(legend))\">conflict</text>\n"
        out += "<text x=\"\(f(left + 180))\" y=\"\(f(legend))\">— mean Goldstein value (−10 conflict … +10 cooperation)</text>\n"
        out += "</svg>\n"
        return out
    }
}
