@echo off
rem SPDX-License-Identifier: EPL-2.0
rem jixiao.cmd - the Jixiao command line (validate, generate, format, import, library, selfeval) of
rem the workbench download: runs from the bundles in plugins\ with a Java 17 (or newer) runtime.
rem The console shows UTF-8 while it runs (the command line writes UTF-8); its code page is restored after.
setlocal
set "JIXIAO_HOME=%~dp0"
for /f "tokens=2 delims=:." %%c in ('chcp') do set "JIXIAO_CODEPAGE=%%c"
chcp 65001 >nul

call :java || goto end
rem a short run: the quick JIT tier only, the single-threaded collector (JIXIAO_FAST_FLAGS=off: without)
set "JIXIAO_FAST=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%JIXIAO_FAST_FLAGS%"=="off" set "JIXIAO_FAST="
"%JIXIAO_JAVA%" -Dfile.encoding=UTF-8 %JIXIAO_FAST% %JIXIAO_JAVA_OPTS% -cp "%JIXIAO_HOME%plugins\*" org.jixiao.cli.PerfCli %*

:end
set "JIXIAO_STATUS=%ERRORLEVEL%"
if defined JIXIAO_CODEPAGE chcp %JIXIAO_CODEPAGE% >nul
exit /b %JIXIAO_STATUS%

rem Finds java (JAVA_HOME first, else PATH) and checks that it is Java 17 or newer. Paths are
rem expanded outside parenthesised blocks only: C:\Program Files (x86)\… would end a block.
:java
set "JIXIAO_JAVA=java"
if not defined JAVA_HOME goto javaversion
if not exist "%JAVA_HOME%\bin\java.exe" goto javaversion
set "JIXIAO_JAVA=%JAVA_HOME%\bin\java.exe"
:javaversion
rem the version from java -version ("17.0.2", "1.8.0_301"), read from a file: a quoted java path
rem inside for /f would lose its quotes
set "JIXIAO_JAVA_VERSION="
set "JIXIAO_VERSION_FILE=%TEMP%\jixiao-java-%RANDOM%.txt"
"%JIXIAO_JAVA%" -version >nul 2>"%JIXIAO_VERSION_FILE%"
if not errorlevel 1 for /f "tokens=3" %%v in ('findstr /i /c:" version " "%JIXIAO_VERSION_FILE%"') do if not defined JIXIAO_JAVA_VERSION set "JIXIAO_JAVA_VERSION=%%~v"
del "%JIXIAO_VERSION_FILE%" >nul 2>&1
if not defined JIXIAO_JAVA_VERSION goto nojava
for /f "tokens=1 delims=." %%m in ("%JIXIAO_JAVA_VERSION%") do set "JIXIAO_JAVA_MAJOR=%%m"
if %JIXIAO_JAVA_MAJOR% LSS 17 goto oldjava
exit /b 0
:nojava
echo jixiao: 找不到 Java。Jixiao 需要 Java 17 或更新版本的运行环境，请安装后重试，或用 JAVA_HOME 指明位置。 1>&2
echo   Java not found: Jixiao needs a Java 17 (or newer) runtime; install one or point JAVA_HOME at it 1>&2
exit /b 69
:oldjava
echo jixiao: %JIXIAO_JAVA% 是 Java %JIXIAO_JAVA_VERSION%；Jixiao 需要 Java 17 或更新版本，请安装后重试，或用 JAVA_HOME 指明位置。 1>&2
echo   %JIXIAO_JAVA% is Java %JIXIAO_JAVA_VERSION%; Jixiao needs Java 17 or newer: install it or point JAVA_HOME at it 1>&2
exit /b 69
