using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>The test's own authenticator must be right before it can prove anything about the app.</summary>
public sealed class TotpTests
{
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_match_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        // RFC 6238 appendix B, SHA-1 key "12345678901234567890"; the RFC prints 8 digits, authenticators show the last 6.
        const string key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Assert.Equal(expected, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void The_key_is_read_as_the_page_shows_it()
    {
        Assert.Equal("12345678901234567890"u8.ToArray(), Totp.Base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
