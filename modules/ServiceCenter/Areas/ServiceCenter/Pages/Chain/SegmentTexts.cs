using Portal.Core.Enterprises;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Chain;

/// <summary>What each segment does, in a line (a localization key), and where it sits on the chain.</summary>
public static class SegmentTexts
{
    /// <summary>The main line of the chain, in order: from fabric to the buyer.</summary>
    public static readonly IReadOnlyList<Segment> MainLine = [Segment.Dyeing, Segment.Garment, Segment.Transport, Segment.Sales];

    /// <summary>Segments that serve the whole line rather than one step of it.</summary>
    public static readonly IReadOnlyList<Segment> Alongside = [Segment.SmartManufacturing, Segment.Support];

    public static string Summary(Segment segment) => segment switch
    {
        Segment.Dyeing => "面料的染色、印花与后整理，是产业链的上游。",
        Segment.Garment => "针织服装的设计、打版与生产加工。",
        Segment.Transport => "原料与成衣的仓储、物流和货运代理。",
        Segment.Sales => "商贸、外贸与电子商务，把产品送到国内外市场。",
        Segment.SmartManufacturing => "智能装备、数字化改造与工业软件，贯穿生产各环节。",
        Segment.Support => "检验检测、设计咨询、人力资源与金融等配套服务。",
        _ => "",
    };
}
