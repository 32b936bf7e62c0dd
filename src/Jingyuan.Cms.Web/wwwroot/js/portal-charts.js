// 泾源县移民致富提升行动 专栏: charts of the plan pages.
// The page's Content-Security-Policy allows no inline script, so the data comes from a
// <script type="application/json"> block named by the chart element's data-portal-chart attribute.
// Every chart has a table with the same numbers on the page; the chart is an addition to it.
(function () {
    "use strict";

    var LIGHT_COLORS = { green: "#1b7a3d", yellow: "#b86e00", red: "#a8191e" };
    var NONE_COLOR = "#8a929c";

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

    function chapterOption(data) {
        var phone = isPhone();
        // Horizontal bars: long Chinese chapter titles stay readable on a 360 px screen.
        var categories = data.categories.slice().reverse();
        var values = data.values.slice().reverse();
        var lights = data.lights.slice().reverse();
        var points = values.map(function (v, i) {
            return {
                value: v === null ? 0 : v,
                missing: v === null,
                itemStyle: { color: v === null ? NONE_COLOR : (LIGHT_COLORS[lights[i]] || NONE_COLOR) }
            };
        });
        return {
            animation: false,
            grid: { left: 8, right: phone ? 48 : 64, top: 28, bottom: 24, containLabel: true },
            tooltip: {
                trigger: "item",
                formatter: function (p) {
                    return p.name + "：" + (p.data.missing ? data.noneLabel : p.value + data.unit);
                }
            },
            xAxis: {
                type: "value", min: 0, max: 100,
                axisLabel: { formatter: "{value}%", color: "#1f2329" },
                splitLine: { lineStyle: { color: "#e3e6ea" } }
            },
            yAxis: {
                type: "category", data: categories,
                axisLabel: {
                    color: "#1f2329", fontSize: phone ? 12 : 13, width: phone ? 110 : 190, overflow: "break",
                    lineHeight: 16
                },
                axisTick: { show: false }
            },
            series: [{
                type: "bar", data: points, barMaxWidth: 22,
                label: {
                    show: true, position: "right", color: "#1f2329",
                    formatter: function (p) { return p.data.missing ? data.noneLabel : p.value + data.unit; }
                },
                markLine: {
                    silent: true, symbol: "none",
                    lineStyle: { color: "#17478c", type: "dashed", width: 2 },
                    label: { formatter: data.timeLabel + " " + data.timeProgress + data.unit, color: "#0f3466", position: "end" },
                    data: [{ xAxis: data.timeProgress }]
                }
            }]
        };
    }

    function render(el) {
        if (typeof window.echarts === "undefined") {
            return;
        }
        var data = readData(el.getAttribute("data-portal-chart"));
        if (!data || !data.categories) {
            return;
        }
        var chart = window.echarts.init(el, null, { renderer: "svg" });
        chart.setOption(chapterOption(data));
        if (data.urls) {
            chart.on("click", function (p) {
                var index = data.categories.length - 1 - p.dataIndex;
                if (data.urls[index]) {
                    window.location.href = data.urls[index];
                }
            });
        }
        el.setAttribute("data-chart-rendered", "true");
        var resizeTimer = null;
        window.addEventListener("resize", function () {
            window.clearTimeout(resizeTimer);
            resizeTimer = window.setTimeout(function () {
                chart.setOption(chapterOption(data), true);
                chart.resize();
            }, 150);
        });
    }

    function init() {
        document.querySelectorAll("[data-portal-chart]").forEach(render);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
