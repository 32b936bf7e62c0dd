// 泾源县移民致富提升行动 专栏: charts of the people ledgers' public tallies on a chapter page.
// Data comes from a <script type="application/json"> block named by data-tally-chart (no inline script
// under the page's Content-Security-Policy). A count under 3 arrives as null: no bar, labelled "<3".
// The table next to each chart holds the same figures; the chart is an addition to it.
(function () {
    "use strict";

    var COLORS = ["#17478c", "#1b7a3d", "#b86e00", "#6b3fa0", "#a8191e", "#00707a", "#5c6670", "#8a5a00"];

    function readData(id) {
        var block = document.getElementById(id);
        if (!block) {
            return null;
        }
        try {
            return JSON.parse(block.textContent || "null");
        } catch (e) {
            return null;
        }
    }

    function isPhone() {
        return window.matchMedia && window.matchMedia("(max-width: 575.98px)").matches;
    }

    function shown(value, data) {
        return value === null ? data.suppressedLabel : value + data.unit;
    }

    function option(data) {
        var phone = isPhone();
        // Horizontal bars, first row on top: long village names stay readable on a 360 px screen.
        var labels = data.labels.slice().reverse();
        return {
            animation: false,
            color: COLORS,
            legend: { show: data.series.length > 1, top: 0, textStyle: { color: "#1f2329" } },
            grid: { left: 8, right: phone ? 40 : 56, top: data.series.length > 1 ? 32 : 12, bottom: 24, containLabel: true },
            tooltip: {
                trigger: "item",
                formatter: function (p) { return p.name + " " + p.seriesName + "：" + shown(p.data.raw, data); }
            },
            xAxis: { type: "value", minInterval: 1, axisLabel: { color: "#1f2329" }, splitLine: { lineStyle: { color: "#e3e6ea" } } },
            yAxis: {
                type: "category", data: labels,
                axisLabel: { color: "#1f2329", fontSize: phone ? 12 : 13, width: phone ? 110 : 190, overflow: "break" },
                axisTick: { show: false }
            },
            series: data.series.map(function (s) {
                return {
                    type: "bar", name: s.name, barMaxWidth: 18,
                    data: s.values.slice().reverse().map(function (v) { return { value: v === null ? 0 : v, raw: v }; }),
                    label: {
                        show: true, position: "right", color: "#1f2329",
                        formatter: function (p) { return shown(p.data.raw, data); }
                    }
                };
            })
        };
    }

    function render(el) {
        if (typeof window.echarts === "undefined") {
            return;
        }
        var data = readData(el.getAttribute("data-tally-chart"));
        if (!data || !data.labels || data.labels.length === 0) {
            return;
        }
        // Height follows the rows, so every village keeps a readable bar.
        el.style.height = Math.max(240, 60 + data.labels.length * data.series.length * 22) + "px";
        var chart = window.echarts.init(el, null, { renderer: "svg" });
        chart.setOption(option(data));
        el.setAttribute("data-chart-rendered", "true");
        var resizeTimer = null;
        window.addEventListener("resize", function () {
            window.clearTimeout(resizeTimer);
            resizeTimer = window.setTimeout(function () {
                chart.setOption(option(data), true);
                chart.resize();
            }, 150);
        });
    }

    function init() {
        document.querySelectorAll("[data-tally-chart]").forEach(render);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
