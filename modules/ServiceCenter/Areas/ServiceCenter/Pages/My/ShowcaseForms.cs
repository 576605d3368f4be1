using System.ComponentModel.DataAnnotations;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.My;

/// <summary>The texts of a showcase: form fields Text.Culture, Text.Brands, Text.Honours.</summary>
public sealed class ShowcaseTextInput
{
    [Display(Name = "企业文化与简介")]
    public string? Culture { get; set; }

    [Display(Name = "品牌")]
    public string? Brands { get; set; }

    [Display(Name = "荣誉")]
    public string? Honours { get; set; }
}

/// <summary>A product: form fields Product.Id (empty for a new one), Product.Name, Product.Description.</summary>
public sealed class ProductInput
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }
}
